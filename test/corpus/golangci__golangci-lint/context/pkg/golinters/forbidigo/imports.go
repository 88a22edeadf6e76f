// Import list of package forbidigo in pkg/golinters/forbidigo of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package forbidigo

import (
	_ "fmt"
	_ "github.com/ashanbrown/forbidigo/v2/forbidigo"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/logutils"
	_ "go.yaml.in/yaml/v3"
	_ "golang.org/x/tools/go/analysis"
)
