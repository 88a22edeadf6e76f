// Import list of package events in app/events of umputun/tg-spam (the import blocks of its non-test files; no code kept)
package events

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/OvyFlash/telegram-bot-api"
	_ "github.com/hashicorp/go-multierror"
	_ "github.com/umputun/tg-spam/app/bot"
	_ "github.com/umputun/tg-spam/app/storage"
	_ "github.com/umputun/tg-spam/lib/spamcheck"
	_ "log"
	_ "regexp"
	_ "slices"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
	_ "unicode/utf8"
)
