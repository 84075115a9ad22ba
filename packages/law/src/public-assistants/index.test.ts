import { describe, expect, it } from "vitest";
import * as pa from "./index.ts";

describe("public-assistants public API (001 Arts. 45-47)", () => {
  it("001 Art. 45: re-exports screening, the petition term, removal and promotion", () => {
    for (const name of [
      "screenPublicAssistantApplicant",
      "petitionDecisionDeadline",
      "petitionStatus",
      "checkPublicAssistantRemoval",
      "PUBLIC_ASSISTANT_TERMINATION_GROUNDS",
      "PROMOTION_KINDS",
      "checkPromotion",
      "photoVideoReward",
    ])
      expect(pa).toHaveProperty(name);
  });
});
