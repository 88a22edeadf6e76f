// Import list of package gif in command/gif of hionay/rubyChan (the import blocks of its non-test files; no code kept)
package gif

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "maunium.net/go/mautrix"
	_ "maunium.net/go/mautrix/event"
	_ "net/http"
	_ "net/url"
	_ "strings"
)
