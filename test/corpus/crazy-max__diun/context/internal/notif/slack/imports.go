// Import list of package slack in internal/notif/slack of crazy-max/diun (the import blocks of its non-test files; no code kept)
package slack

import (
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/crazy-max/diun/v4/internal/httputil"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/msg"
	_ "github.com/crazy-max/diun/v4/internal/notif/notifier"
	_ "github.com/crazy-max/diun/v4/internal/secret"
	_ "github.com/nlopes/slack"
	_ "github.com/pkg/errors"
	_ "strconv"
	_ "time"
)
