// Import list of package i18n in pkg/i18n of jesseduffield/lazygit (the import blocks of its non-test files; no code kept)
package i18n

import (
	_ "dario.cat/mergo"
	_ "embed"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/cloudfoundry/jibber_jabber"
	_ "github.com/go-errors/errors"
	_ "github.com/samber/lo"
	_ "github.com/sirupsen/logrus"
	_ "io/fs"
	_ "slices"
	_ "strings"
)
