import type { Language } from '../domain/constants';

/**
 * The sections of the SBI (Standaard Bedrijfsindeling, CBS) by letter, in each UI language: the funder report
 * on screen and in its XLSX/PDF/CLI exports names sectors with these words.
 */
export const SECTOR_NAMES: Record<Language, Record<string, string>> = {
  nl: {
    A: 'Landbouw, bosbouw en visserij', B: 'Delfstoffenwinning', C: 'Industrie', D: 'Energievoorziening',
    E: 'Water en afvalbeheer', F: 'Bouw', G: 'Groot- en detailhandel', H: 'Vervoer en opslag', I: 'Logies en horeca',
    J: 'Uitgeverijen, omroepen en media', K: 'Telecom, IT en informatiediensten', L: 'Financiële dienstverlening',
    M: 'Verhuur en handel van onroerend goed', N: 'Specialistische zakelijke diensten', O: 'Verhuur en overige zakelijke diensten',
    P: 'Openbaar bestuur', Q: 'Onderwijs', R: 'Gezondheids- en welzijnszorg', S: 'Cultuur, sport en recreatie',
    T: 'Overige dienstverlening', U: 'Huishoudens', V: 'Extraterritoriale organisaties',
  },
  en: {
    A: 'Agriculture, forestry and fishing', B: 'Mining and quarrying', C: 'Manufacturing', D: 'Energy supply',
    E: 'Water supply and waste', F: 'Construction', G: 'Wholesale and retail trade', H: 'Transport and storage',
    I: 'Accommodation and food', J: 'Publishing, broadcasting and media', K: 'Telecom, IT and information services',
    L: 'Financial services', M: 'Real estate', N: 'Professional and technical services', O: 'Administrative and support services',
    P: 'Public administration', Q: 'Education', R: 'Health and social work', S: 'Arts, sports and recreation',
    T: 'Other services', U: 'Households', V: 'Extraterritorial organisations',
  },
};
