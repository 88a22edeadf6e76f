// Import list of package events in events of Bhaal22/ricardo_user_creation (the import blocks of its non-test files; no code kept)
package events

import (
	_ "encoding/json"
	_ "github.com/streadway/amqp"
	_ "log"
)
