import type { FieldErrorTexts } from './field-errors';

export const fieldErrorsEn: FieldErrorTexts = {
  required: 'Please fill this in.',
  textTooLong: 'Please make this shorter: at most {maximum} characters.',
  numberTooSmall: 'Please use a number of at least {minimum}.',
  numberTooBig: 'Please use a number of at most {maximum}.',
  notANumber: 'Please type a number here, using digits only.',
  notAWholeNumber: 'Please use a whole number, without decimals.',
  listTooLong: 'That is too many: at most {maximum}.',
  listEmpty: 'Please add at least one.',
  email: 'Please type an e-mail address such as name@example.nl.',
  httpsUrl: 'Please type a web address that starts with https://.',
  timeOfDay: 'Please type a time such as 09:00 or 17:30.',
  choice: 'Please pick one of the choices.',
  unknownFields: 'Back Online does not know these items: {keys}. Remove them and try again.',
  statusCodes: 'Please type answer codes between 100 and 599, separated by commas, such as 200, 301.',
  restartLocalOnly: 'A restart command only works for a program or service on this computer.',
  unknownPlaceholder: 'This text names a fact Back Online does not know, between { and }. Remove it.',
  duplicate: 'This appears twice. Keep one.',
  other: 'This is not right yet. Please check it and try again.',
  target: {
    target_empty: 'Please type what to watch, such as your website: bakkerijdezon.nl.',
    target_unknown_scheme:
      'Back Online cannot read this. Type a website (bakkerijdezon.nl) or a device with its port (192.168.1.20:9100).',
    target_invalid_url:
      'This is not a web address. Check for typing mistakes, such as spaces or two dots in a row.',
    target_missing_port: 'Please add the port number after a colon, such as 192.168.1.20:9100.',
    target_invalid_port: 'The port must be a number from 1 to 65535.',
    target_missing_name: 'Please type the name after the ://.',
    target_invalid_encoding: 'This holds a % that does not belong there. Type the name as it is, without %.',
    target_has_credentials:
      'This contains a user name or password. Back Online never stores passwords: use a page that opens without logging in.',
    target_too_long: 'This is too long for an address: at most 2,000 characters.',
  },
};
