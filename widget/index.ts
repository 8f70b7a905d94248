// Placeholder entry; the widget proper is built in widget/ (issue 4).
export {};
