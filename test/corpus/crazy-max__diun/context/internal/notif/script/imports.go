// Import list of package script in internal/notif/script of crazy-max/diun (the import blocks of its non-test files; no code kept)
package script

import (
	_ "bytes"
	_ "context"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/msg"
	_ "github.com/crazy-max/diun/v4/internal/notif/notifier"
	_ "github.com/pkg/errors"
	_ "github.com/rs/zerolog/log"
	_ "os"
	_ "os/exec"
	_ "strings"
)
