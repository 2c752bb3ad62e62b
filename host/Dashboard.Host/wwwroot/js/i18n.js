// Everything a wall says, in English and Finnish. A dashboard's `language` picks one; anything else falls back to English.

const TEXTS = {
  en: {
    closed: "Closed",
    tooFewAnswers: "Too few answers ({count})",
    tooFewAnswersNoCount: "Too few answers",
    noValue: "No data",
    updatedJustNow: "updated just now",
    updatedAgo: "updated {ago}",
    staleWord: "Stale",
    staleFor: "Stale: no new data for {duration}",
    noDataYet: "No data yet",
    collectorFailing: "Collector failing: {error}",
    target: "Target {comparison} {value}",
    good: "On target",
    warning: "Warning",
    critical: "Critical",
    changeUp: "up {change} from the previous period",
    changeDown: "down {change} from the previous period",
    changeSame: "as in the previous period",
    open: "Open",
    waiting: "waiting",
    longestWait: "longest {value}",
    closedWithWaiting: "Closed – {count} waiting",
    noPoints: "No service points",
    noItems: "Nothing to list",
    connecting: "Connecting to the dashboard server…",
    reconnecting: "Connection lost{since} – reconnecting…",
    unreachable: "Cannot reach the dashboard server{since} – retrying every few seconds.",
    refused: "The dashboard server refused this screen – retrying every few seconds.",
    since: " since {time}",
    outOfDate: " Values may be out of date.",
    notFound: "There is no dashboard '{id}'.",
    emptyDashboard: "This dashboard has no tiles yet.",
    live: "LIVE",
    offline: "OFFLINE",
    reconnectingShort: "RECONNECTING",
  },
  fi: {
    closed: "Suljettu",
    tooFewAnswers: "Liian vähän vastauksia ({count})",
    tooFewAnswersNoCount: "Liian vähän vastauksia",
    noValue: "Ei tietoa",
    updatedJustNow: "päivitetty juuri nyt",
    updatedAgo: "päivitetty {ago}",
    staleWord: "Vanhentunut",
    staleFor: "Vanhentunut: ei uutta tietoa {duration}",
    noDataYet: "Ei vielä tietoa",
    collectorFailing: "Keruu epäonnistuu: {error}",
    target: "Tavoite {comparison} {value}",
    good: "Tavoitteessa",
    warning: "Varoitus",
    critical: "Kriittinen",
    changeUp: "nousua {change} edellisestä jaksosta",
    changeDown: "laskua {change} edellisestä jaksosta",
    changeSame: "sama kuin edellisellä jaksolla",
    open: "Auki",
    waiting: "jonossa",
    longestWait: "pisin {value}",
    closedWithWaiting: "Suljettu – {count} jonossa",
    noPoints: "Ei palvelupisteitä",
    noItems: "Ei näytettävää",
    connecting: "Yhdistetään palvelimeen…",
    reconnecting: "Yhteys katkesi{since} – yhdistetään uudelleen…",
    unreachable: "Palvelimeen ei saada yhteyttä{since} – yritetään muutaman sekunnin välein.",
    refused: "Palvelin ei hyväksynyt tätä näyttöä – yritetään muutaman sekunnin välein.",
    since: " klo {time} alkaen",
    outOfDate: " Luvut voivat olla vanhoja.",
    notFound: "Koontinäyttöä '{id}' ei ole.",
    emptyDashboard: "Tällä koontinäytöllä ei ole vielä ruutuja.",
    live: "LIVE",
    offline: "EI YHTEYTTÄ",
    reconnectingShort: "YHDISTETÄÄN",
  },
};

/** The BCP 47 locale each language formats in: British English for a 24-hour clock and day-month dates. */
const LOCALES = { en: "en-GB", fi: "fi-FI" };

export const LANGUAGES = Object.keys(TEXTS);

/** { language, locale, t(key, params) } for a dashboard's language; unknown languages and keys fall back to English. */
export function createTexts(language) {
  const chosen = TEXTS[language] ? language : "en";
  return {
    language: chosen,
    locale: LOCALES[chosen],
    t(key, params = {}) {
      const template = TEXTS[chosen][key] ?? TEXTS.en[key] ?? key;
      return template.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ""));
    },
  };
}

/** Keys one language has and the other lacks: a test keeps the two lists whole. */
export function missingKeys() {
  const all = new Set(LANGUAGES.flatMap((language) => Object.keys(TEXTS[language])));
  return LANGUAGES.flatMap((language) => [...all].filter((key) => !(key in TEXTS[language])).map((key) => `${language}.${key}`));
}
