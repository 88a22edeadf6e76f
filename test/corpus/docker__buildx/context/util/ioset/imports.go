// Import list of package ioset in util/ioset of docker/buildx (the import blocks of its non-test files; no code kept)
package ioset

import (
	_ "bufio"
	_ "fmt"
	_ "github.com/pkg/errors"
	_ "github.com/sirupsen/logrus"
	_ "io"
	_ "sync"
)
