// Import list of package ginkgolinter in pkg/golinters/ginkgolinter of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package ginkgolinter

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/nunnatsa/ginkgolinter"
	_ "github.com/nunnatsa/ginkgolinter/config"
)
