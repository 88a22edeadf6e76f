// Import list of package section in pkg/goformatters/gci/internal/section of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package section

import (
	_ "errors"
	_ "fmt"
	_ "github.com/daixiang0/gci/pkg/parse"
	_ "github.com/daixiang0/gci/pkg/section"
	_ "github.com/daixiang0/gci/pkg/specificity"
	_ "strings"
)
