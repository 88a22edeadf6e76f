// Import list of package style in pkg/gui/style of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package style

import (
	_ "fmt"
	_ "github.com/gookit/color"
	_ "text/template"
)
