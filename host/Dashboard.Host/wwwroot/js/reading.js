// What a figure reads as: a closed service point is "Closed", never a zero on target; too few answers say so.
import { formatNumber } from "./format.js";

/** { figureState, text, words, value } for a reading { value, state, basis } (state missing = a plain value). */
export function describeReading(last, texts) {
  const figureState = last ? last.state ?? "value" : "";
  switch (figureState) {
    case "closed": return { figureState, text: texts.t("closed"), words: true, value: null };
    case "tooFewData": return {
      figureState,
      text: typeof last.basis === "number" ? texts.t("tooFewAnswers", { count: last.basis }) : texts.t("tooFewAnswersNoCount"),
      words: true,
      value: null,
    };
    case "noData": return { figureState, text: "–", words: false, value: null };
    case "": return { figureState, text: "–", words: false, value: null };
    default: return { figureState, text: formatNumber(last.value, texts.locale), words: false, value: typeof last.value === "number" ? last.value : null };
  }
}
