// Import list of package matrix in internal/notif/matrix of crazy-max/diun (the import blocks of its non-test files; no code kept)
package matrix

import (
	_ "context"
	_ "fmt"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/msg"
	_ "github.com/crazy-max/diun/v4/internal/notif/notifier"
	_ "github.com/crazy-max/diun/v4/internal/secret"
	_ "github.com/pkg/errors"
	_ "github.com/rs/zerolog/log"
	_ "maunium.net/go/mautrix"
	_ "maunium.net/go/mautrix/event"
)
