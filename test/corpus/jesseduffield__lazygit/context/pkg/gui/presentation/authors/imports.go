// Import list of package authors in pkg/gui/presentation/authors of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package authors

import (
	_ "crypto/md5"
	_ "github.com/gookit/color"
	_ "github.com/jesseduffield/lazygit/pkg/gui/style"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
	_ "github.com/lucasb-eyer/go-colorful"
	_ "github.com/rivo/uniseg"
	_ "strings"
)
