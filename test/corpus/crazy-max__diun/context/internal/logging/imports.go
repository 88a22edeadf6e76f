// Import list of package logging in internal/logging of crazy-max/diun (the import blocks of its non-test files; no code kept)
package logging

import (
	_ "fmt"
	_ "github.com/rs/zerolog"
	_ "github.com/rs/zerolog/log"
	_ "github.com/sirupsen/logrus"
	_ "io"
	_ "os"
	_ "time"
)
