/** Vulnerability severities as scanners name them, most severe first. */
export const VULN_SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'] as const;

export type VulnSeverity = (typeof VULN_SEVERITIES)[number];

export type VulnCounts = Readonly<Partial<Record<VulnSeverity, number>>>;
