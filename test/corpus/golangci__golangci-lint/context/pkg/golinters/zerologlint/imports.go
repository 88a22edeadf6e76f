// Import list of package zerologlint in pkg/golinters/zerologlint of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package zerologlint

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/ykadowak/zerologlint"
)
