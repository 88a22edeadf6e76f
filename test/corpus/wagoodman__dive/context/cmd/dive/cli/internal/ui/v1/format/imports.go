// Import list of package format in cmd/dive/cli/internal/ui/v1/format of wagoodman/dive (the import blocks of its non-test files; no code kept)
package format

import (
	_ "fmt"
	_ "github.com/fatih/color"
	_ "github.com/lunixbochs/vtclean"
	_ "strings"
)
