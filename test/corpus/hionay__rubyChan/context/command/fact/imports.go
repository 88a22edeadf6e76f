// Import list of package fact in command/fact of hionay/rubyChan (the import blocks of its non-test files; no code kept)
package fact

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "maunium.net/go/mautrix"
	_ "maunium.net/go/mautrix/event"
	_ "net/http"
)
