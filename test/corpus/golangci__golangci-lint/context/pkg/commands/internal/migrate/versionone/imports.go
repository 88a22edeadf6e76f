// Import list of package versionone in pkg/commands/internal/migrate/versionone of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package versionone

import (
	_ "encoding"
	_ "github.com/golangci/golangci-lint/v2/pkg/commands/internal/migrate/ptr"
	_ "go.yaml.in/yaml/v3"
	_ "strings"
	_ "time"
)
