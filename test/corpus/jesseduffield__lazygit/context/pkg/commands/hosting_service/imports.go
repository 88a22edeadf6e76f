// Import list of package hosting_service in pkg/commands/hosting_service of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package hosting_service

import (
	_ "github.com/go-errors/errors"
	_ "github.com/jesseduffield/lazygit/pkg/i18n"
	_ "github.com/jesseduffield/lazygit/pkg/utils"
	_ "github.com/samber/lo"
	_ "github.com/sirupsen/logrus"
	_ "golang.org/x/exp/slices"
	_ "net/url"
	_ "regexp"
	_ "strings"
)
