// Import list of package migrate in pkg/commands/internal/migrate of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package migrate

import (
	_ "cmp"
	_ "github.com/golangci/golangci-lint/v2/pkg/commands/internal/migrate/ptr"
	_ "github.com/golangci/golangci-lint/v2/pkg/commands/internal/migrate/versionone"
	_ "github.com/golangci/golangci-lint/v2/pkg/commands/internal/migrate/versiontwo"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/result/processors"
	_ "slices"
	_ "strings"
)
