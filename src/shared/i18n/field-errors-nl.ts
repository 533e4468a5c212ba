import type { FieldErrorTexts } from './field-errors';

export const fieldErrorsNl: FieldErrorTexts = {
  required: 'Vul dit in.',
  textTooLong: 'Maak dit korter: hoogstens {maximum} tekens.',
  numberTooSmall: 'Gebruik een getal van minstens {minimum}.',
  numberTooBig: 'Gebruik een getal van hoogstens {maximum}.',
  notANumber: 'Typ hier een getal, alleen met cijfers.',
  notAWholeNumber: 'Gebruik een heel getal, zonder komma.',
  listTooLong: 'Dat zijn er te veel: hoogstens {maximum}.',
  listEmpty: 'Voeg er minstens één toe.',
  email: 'Typ een e-mailadres zoals naam@voorbeeld.nl.',
  httpsUrl: 'Typ een webadres dat begint met https://.',
  timeOfDay: 'Typ een tijd zoals 09:00 of 17:30.',
  choice: 'Kies een van de mogelijkheden.',
  unknownFields: 'Back Online kent deze onderdelen niet: {keys}. Haal ze weg en probeer het opnieuw.',
  statusCodes: 'Typ antwoordcodes tussen 100 en 599, gescheiden door komma’s, zoals 200, 301.',
  restartLocalOnly: 'Een herstartopdracht werkt alleen voor een programma of dienst op deze computer.',
  unknownPlaceholder: 'Deze tekst noemt tussen { en } iets wat Back Online niet kent. Haal het weg.',
  duplicate: 'Dit staat er twee keer. Houd er één over.',
  other: 'Dit klopt nog niet. Kijk het na en probeer het opnieuw.',
  target: {
    target_empty: 'Typ wat Back Online moet controleren, zoals uw website: bakkerijdezon.nl.',
    target_unknown_scheme:
      'Back Online kan dit niet lezen. Typ een website (bakkerijdezon.nl) of een apparaat met zijn poort (192.168.1.20:9100).',
    target_invalid_url:
      'Dit is geen webadres. Kijk of er een typefout in zit, zoals een spatie of twee punten achter elkaar.',
    target_missing_port: 'Zet het poortnummer achter een dubbele punt, zoals 192.168.1.20:9100.',
    target_invalid_port: 'De poort moet een getal van 1 tot en met 65535 zijn.',
    target_missing_name: 'Typ de naam achter de ://.',
    target_invalid_encoding: 'Hier staat een % die er niet hoort. Typ de naam zoals hij is, zonder %.',
    target_has_credentials:
      'Hier staat een gebruikersnaam of wachtwoord in. Back Online bewaart nooit wachtwoorden: gebruik een pagina die zonder inloggen opent.',
    target_too_long: 'Dit is te lang voor een adres: hoogstens 2.000 tekens.',
  },
};
