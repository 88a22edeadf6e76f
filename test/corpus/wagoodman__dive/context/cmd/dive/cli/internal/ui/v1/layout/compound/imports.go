// Import list of package compound in cmd/dive/cli/internal/ui/v1/layout/compound of wagoodman/dive (the import blocks of its non-test files; no code kept)
package compound

import (
	_ "fmt"
	_ "github.com/awesome-gocui/gocui"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1/view"
	_ "github.com/wagoodman/dive/internal/log"
	_ "github.com/wagoodman/dive/internal/utils"
)
