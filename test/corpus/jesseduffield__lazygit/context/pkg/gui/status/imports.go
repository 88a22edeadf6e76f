// Import list of package status in pkg/gui/status of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package status

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/gocui"
	_ "github.com/jesseduffield/lazygit/pkg/gui/presentation"
	_ "github.com/jesseduffield/lazygit/pkg/gui/types"
	_ "github.com/samber/lo"
	_ "github.com/sasha-s/go-deadlock"
	_ "time"
)
