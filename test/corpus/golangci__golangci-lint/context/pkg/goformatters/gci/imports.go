// Import list of package gci in pkg/goformatters/gci of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package gci

import (
	_ "context"
	_ "github.com/daixiang0/gci/pkg/config"
	_ "github.com/daixiang0/gci/pkg/gci"
	_ "github.com/daixiang0/gci/pkg/log"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters/gci/internal/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters/internal"
	_ "github.com/ldez/grignotin/gomod"
	_ "go/format"
)
