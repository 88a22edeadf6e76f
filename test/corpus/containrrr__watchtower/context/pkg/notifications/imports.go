// Import list of package notifications in pkg/notifications of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package notifications

import (
	_ "bytes"
	_ "encoding/json"
	_ "github.com/containrrr/shoutrrr"
	_ "github.com/containrrr/shoutrrr/pkg/services/discord"
	_ "github.com/containrrr/shoutrrr/pkg/services/gotify"
	_ "github.com/containrrr/shoutrrr/pkg/services/slack"
	_ "github.com/containrrr/shoutrrr/pkg/services/smtp"
	_ "github.com/containrrr/shoutrrr/pkg/services/teams"
	_ "github.com/containrrr/shoutrrr/pkg/types"
	_ "github.com/containrrr/watchtower/pkg/notifications/templates"
	_ "github.com/containrrr/watchtower/pkg/types"
	_ "github.com/sirupsen/logrus"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/pflag"
	_ "log"
	_ "net/url"
	_ "os"
	_ "strings"
	_ "text/template"
	_ "time"
)
