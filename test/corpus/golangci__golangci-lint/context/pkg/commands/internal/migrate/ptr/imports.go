// Import list of package ptr in pkg/commands/internal/migrate/ptr of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package ptr

import (
)
