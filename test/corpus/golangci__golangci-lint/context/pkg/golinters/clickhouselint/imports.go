// Import list of package clickhouselint in pkg/golinters/clickhouselint of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package clickhouselint

import (
	_ "github.com/ClickHouse/clickhouse-go-linter/passes/chbatchclose"
	_ "github.com/ClickHouse/clickhouse-go-linter/passes/chrowserr"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "golang.org/x/tools/go/analysis"
)
