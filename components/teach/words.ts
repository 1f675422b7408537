// Teaching pages' words for question types and assignment settings.
export const questionTypeLabels: Record<string, string> = {
  SINGLE_CHOICE: "Single choice",
  MULTIPLE_SELECT: "Multiple select",
  TRUE_FALSE: "True or false",
  NUMERIC: "Numeric",
  SHORT_TEXT: "Short text",
  ORDERING: "Ordering",
  MATCHING: "Matching",
};

export const reviewPolicyOptions = [
  { value: "IMMEDIATELY", label: "As soon as they submit" },
  { value: "AFTER_DUE", label: "After the due time" },
  { value: "NEVER", label: "Never (score and own answers only)" },
];

export const scorePolicyOptions = [
  { value: "BEST", label: "Best attempt" },
  { value: "LAST", label: "Last attempt" },
  { value: "AVERAGE", label: "Average of attempts" },
];
