// Import list of package mqtt in internal/notif/mqtt of crazy-max/diun (the import blocks of its non-test files; no code kept)
package mqtt

import (
	_ "fmt"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/msg"
	_ "github.com/crazy-max/diun/v4/internal/notif/notifier"
	_ "github.com/crazy-max/diun/v4/internal/secret"
	_ "github.com/eclipse/paho.mqtt.golang"
)
