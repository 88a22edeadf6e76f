// Import list of package nestif in pkg/golinters/nestif of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package nestif

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/nakabonne/nestif"
	_ "golang.org/x/tools/go/analysis"
)
