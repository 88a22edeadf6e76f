// Import list of package quote in command/quote of hionay/rubyChan (the import blocks of its non-test files; no code kept)
package quote

import (
	_ "context"
	_ "fmt"
	_ "github.com/hionay/rubyChan/history"
	_ "io"
	_ "maunium.net/go/mautrix"
	_ "maunium.net/go/mautrix/event"
	_ "maunium.net/go/mautrix/id"
	_ "net/http"
	_ "net/url"
	_ "strconv"
	_ "strings"
)
