package cn.gov.legalprocurement;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The process layer on its own: engine, database and services, no UI. */
@SpringBootApplication
public class ProcessTestApplication {
}
