// Import list of package versiontwo in pkg/commands/internal/migrate/versiontwo of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package versiontwo

import (
	_ "time"
)
