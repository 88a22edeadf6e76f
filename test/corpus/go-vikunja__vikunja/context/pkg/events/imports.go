// Import list of package events in pkg/events of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package events

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/metrics"
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/ThreeDotsLabs/watermill"
	_ "github.com/ThreeDotsLabs/watermill/components/metrics"
	_ "github.com/ThreeDotsLabs/watermill/message"
	_ "github.com/ThreeDotsLabs/watermill/message/router/middleware"
	_ "github.com/ThreeDotsLabs/watermill/pubsub/gochannel"
	_ "github.com/getsentry/sentry-go"
	_ "github.com/stretchr/testify/assert"
	_ "github.com/stretchr/testify/require"
	_ "sync"
	_ "testing"
	_ "time"
)
