// Import list of package key in cmd/dive/cli/internal/ui/v1/key of wagoodman/dive (the import blocks of its non-test files; no code kept)
package key

import (
	_ "fmt"
	_ "github.com/awesome-gocui/gocui"
	_ "github.com/awesome-gocui/keybinding"
	_ "github.com/wagoodman/dive/cmd/dive/cli/internal/ui/v1/format"
)
