// Import list of package search in command/search of hionay/rubyChan (the import blocks of its non-test files; no code kept)
package search

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "log"
	_ "maunium.net/go/mautrix"
	_ "maunium.net/go/mautrix/event"
	_ "net/http"
	_ "net/url"
	_ "strings"
)
