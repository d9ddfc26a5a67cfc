/**
 * Superscript figures after a word are footnote marks ("Luật Đất đai năm 2024²", "thủy lợi³") and are dropped, but the power of a
 * unit of measure ("3 triệu m³", "120 m²", "15 km²", "cm³") is part of the figure and stays: the task keeps "m³" as written.
 */
export const FOOTNOTE_SUPERSCRIPTS = /(?<!(?:^|[\s\d(/])(?:m|km|cm|dm|mm))[\u00b9\u00b2\u00b3\u2070-\u2079]+/gu;
