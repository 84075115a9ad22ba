// The law's words for reports that the web shows next to a choice: the article that makes a
// category's facts some body's duty (R6), read from the law package, which writes them once
// (ARCHITECTURE "every legal enumeration is written once").
import { isReportCategory, REPORT_CATEGORY_INFO } from "@aldyn/law";

/** The provision that makes a category's facts a body's duty ("001 Art. 22(3)"); undefined if unknown. */
export function categoryArticle(category: string): string | undefined {
  return isReportCategory(category) ? REPORT_CATEGORY_INFO[category].article : undefined;
}
