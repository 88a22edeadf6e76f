// Import list of package joke in command/joke of hionay/rubyChan (the import blocks of its non-test files; no code kept)
package joke

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "maunium.net/go/mautrix"
	_ "maunium.net/go/mautrix/event"
	_ "net/http"
)
