// Import list of package common in pkg/common of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package common

import (
	_ "github.com/jesseduffield/lazygit/pkg/config"
	_ "github.com/jesseduffield/lazygit/pkg/i18n"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
	_ "github.com/sirupsen/logrus"
	_ "github.com/spf13/afero"
	_ "sync/atomic"
)
