/**
 * The slice of the local machine the process, service and disk checks need. The default
 * implementation sits on systeminformation; `null` means the machine cannot tell (tool missing),
 * which a check reports as "unknown", never as "down".
 */
export interface SystemProbe {
  processes(): Promise<{ name: string; command: string }[] | null>;
  services(names: string[]): Promise<{ name: string; running: boolean }[] | null>;
  /** The names of the services running now, for the owner to pick from. */
  runningServices(): Promise<string[] | null>;
  filesystems(): Promise<{ mount: string; sizeBytes: number; availableBytes: number }[] | null>;
  defaultGateway(): Promise<string | null>;
}
