// The Veilig Thuis regions a data file may name. helplines.md verifies the
// routing of 0800-2000 to these three; add a region here (with its source)
// together with its data file.
export const VEILIG_THUIS_REGIONS = ['Veilig Thuis Haaglanden', 'Veilig Thuis Utrecht', 'Veilig Thuis Zaanstreek-Waterland'] as const;
