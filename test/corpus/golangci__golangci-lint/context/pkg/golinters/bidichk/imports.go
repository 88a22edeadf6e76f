// Import list of package bidichk in pkg/golinters/bidichk of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package bidichk

import (
	_ "github.com/breml/bidichk/pkg/bidichk"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "strings"
)
