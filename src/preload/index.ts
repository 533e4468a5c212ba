import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('backOnline', {});
