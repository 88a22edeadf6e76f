// Import list of package notif in internal/notif of crazy-max/diun (the import blocks of its non-test files; no code kept)
package notif

import (
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/notif/amqp"
	_ "github.com/crazy-max/diun/v4/internal/notif/apprise"
	_ "github.com/crazy-max/diun/v4/internal/notif/discord"
	_ "github.com/crazy-max/diun/v4/internal/notif/elasticsearch"
	_ "github.com/crazy-max/diun/v4/internal/notif/gotify"
	_ "github.com/crazy-max/diun/v4/internal/notif/mail"
	_ "github.com/crazy-max/diun/v4/internal/notif/matrix"
	_ "github.com/crazy-max/diun/v4/internal/notif/mqtt"
	_ "github.com/crazy-max/diun/v4/internal/notif/notifier"
	_ "github.com/crazy-max/diun/v4/internal/notif/ntfy"
	_ "github.com/crazy-max/diun/v4/internal/notif/pushover"
	_ "github.com/crazy-max/diun/v4/internal/notif/rocketchat"
	_ "github.com/crazy-max/diun/v4/internal/notif/script"
	_ "github.com/crazy-max/diun/v4/internal/notif/signalrest"
	_ "github.com/crazy-max/diun/v4/internal/notif/slack"
	_ "github.com/crazy-max/diun/v4/internal/notif/teams"
	_ "github.com/crazy-max/diun/v4/internal/notif/telegram"
	_ "github.com/crazy-max/diun/v4/internal/notif/webhook"
	_ "github.com/rs/zerolog/log"
	_ "strings"
)
