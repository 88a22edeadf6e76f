// Import list of package logutil in util/logutil of docker/buildx (the import blocks of its non-test files; no code kept)
package logutil

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/sirupsen/logrus"
	_ "io"
	_ "strings"
	_ "sync"
)
