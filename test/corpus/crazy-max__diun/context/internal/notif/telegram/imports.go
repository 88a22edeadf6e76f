// Import list of package telegram in internal/notif/telegram of crazy-max/diun (the import blocks of its non-test files; no code kept)
package telegram

import (
	_ "encoding/json"
	_ "errors"
	_ "github.com/PaulSonOfLars/gotgbot/v2"
	_ "github.com/crazy-max/diun/v4/internal/httputil"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/msg"
	_ "github.com/crazy-max/diun/v4/internal/notif/notifier"
	_ "github.com/crazy-max/diun/v4/internal/secret"
	_ "github.com/pkg/errors"
	_ "net/http"
	_ "strconv"
	_ "strings"
	_ "text/template"
	_ "time"
)
